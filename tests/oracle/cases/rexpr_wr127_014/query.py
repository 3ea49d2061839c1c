from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, b BOOLEAN, d DOUBLE, j INT, t STRING, m DECIMAL(10,2), dt DATE, i INT, ts TIMESTAMP, s STRING").load(INPUT)
result = df.withColumn("c1", expr("convert_timezone('America/Los_Angeles', 'UTC', (date_trunc('HOUR', greatest(TIMESTAMP'2024-03-01 12:30:00.123456', ts)) + INTERVAL '1-2' YEAR TO MONTH))")).withColumn("c2", expr("flatten(array(array(i, size(split(CAST(make_ym_interval(minute(ts), 5) AS STRING), '[aeiou]'))), array(), array(NULL)))")).drop("f", "b", "d", "t", "m", "dt", "i", "ts", "s").filter(F.coalesce(F.when(col("b"), (col("dt") != F.to_date(lit("2025-03-01")))).when((col("s") < lit("abc")), (col("s") == lit(" "))).when(col("b"), col("b")).otherwise(col("b")), lit(True)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY j ASC NULLS LAST, id DESC"]
