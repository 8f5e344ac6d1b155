//! AIMS compiler library.
