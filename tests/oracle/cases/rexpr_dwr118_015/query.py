from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("positive(CASE WHEN b THEN m WHEN (s <> 'x-y') THEN n WHEN b THEN m ELSE m END) AS c1"), F.trunc(F.when(expr("xpath_boolean('<a><b>' || shiftrightunsigned(i, 28) || '</b></a>', 'a/b = 7')"), col("dt")).when(F.map_contains_key(F.create_map(col("i"), lit('a'), lit(3), lit('b')), 3), col("dt")).when(col("b").isNotNull(), col("dt")).otherwise(F.to_date(lit("2000-01-01"))), "yy").alias("c2"), expr("to_timestamp_ltz(CAST(dt AS STRING))").alias("c3"), expr("date_add(dt, i) AS c4")).where((~F.coalesce((col("dt") < F.to_date(lit("2000-01-01"))), lit(False))))
OUTPUT_MODE = "append"
