from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((F.regexp_like(expr("CAST(try_make_timestamp_ltz(2024, 3, 10, position(s, t, 2), 30, 0, 'America/New_York') AS STRING)"), lit("^[A-Z]")) | col("b").isNotNull())).selectExpr("id", "TRY_CAST(m AS INT) AS c1", "CAST((i ^ 3) AS INT)", "flatten(array(array(i, i), array(), array(NULL)))", "split(s, ' ')[2] AS c4")
OUTPUT_MODE = "append"
