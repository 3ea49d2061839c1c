from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, ts TIMESTAMP, s STRING, j INT, t STRING, dt DATE, b BOOLEAN, f FLOAT, m DECIMAL(7,0), d DOUBLE").load(INPUT)
result = df.filter((~F.coalesce(expr("xpath_boolean('<a><b>' || array_min(array(try_mod(5, i), position(t, t, 2), CAST(NULL AS INT))) || '</b></a>', 'a/b = 7')"), lit(False)))).withColumn("c1", expr("CAST(make_timestamp_ltz(2024, 3, 10, 2, 30, 0) AS STRING)")).withColumn("c2", F.greatest((col("d") / lit(2.0)), col("f"))).select("id", "c1", "c2").where((F.is_valid_utf8(col("t")) | (col("f") < lit(0.1))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
