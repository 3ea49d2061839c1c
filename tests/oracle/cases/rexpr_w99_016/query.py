from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(NOT coalesce(TRY_CAST(t AS BOOLEAN), false))").select(expr("contains(CAST(next_day(last_day(dt), 'Mon') AS STRING), '')").alias("c1"), expr("TRY_CAST(t AS BOOLEAN)")).where((((col("f") < lit(100.0)) | (col("ts") == F.to_timestamp(lit("1999-12-31 23:59:59.999")))) | (col("d") > lit(0.001))))
OUTPUT_MODE = "append"
