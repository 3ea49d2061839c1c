from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(F.when((col("d") == F.nullif(col("j"), lit(0))), col("m")).when((col("j") == lit(5)), F.ceil(col("m"), 1)).when(((~col("b")) | (~(col("t") < lit("abc")))), col("n")).otherwise(((expr("0.5") + col("n")) + F.when(col("b"), col("n")).when((col("d") >= lit(0.001)), col("n")).otherwise(col("m")))).alias("c1"), F.unix_timestamp(col("s")).alias("c2"), F.from_unixtime(col("i"), "HH:mm").alias("c3")).where((F.nvl2(col("dt"), lit(True), lit(True)) | col("t").isNull()))
OUTPUT_MODE = "append"
