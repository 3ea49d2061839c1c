from pyspark.sql.functions import col, lit
df = spark.readStream.format("json").schema("id INT, d DECIMAL(38,18), e DECIMAL(20,19), b BIGINT").load(INPUT)
# A decimal column compared with a double: Spark casts the decimal to double and does not
# unwrap the cast (a decimal is not tighter than a double), so rounding to double decides.
result = df.filter((col("d") > lit(0.1)) | (col("e") <= lit(0.3)) | (col("b") > lit(9007199254740992.0))).select(
    "id",
    (col("d") > lit(0.1)).alias("gt"),
    (col("d") == lit(0.1)).alias("eq"),
    (col("e") <= lit(0.3)).alias("le"),
    (col("b") > lit(9007199254740992.0)).alias("bgt"),
)
OUTPUT_MODE = "append"
