from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce(col("b"), lit(True))).withColumn("c1", expr("named_struct('x', year(timestamp_add('HOUR', (3 * 5), ts)), 'y', array(s))")).withColumn("c2", expr("map_keys(map(left(t, 2), 1, 'k', 2))")).withColumn("c3", expr("map_values(map(1, dt, 2, NULL))")).withColumn("c4", F.regexp_extract_all(col("t"), lit('([a-z])([a-z]+)'), 2)).withColumn("c5", ((col("i") + F.regexp_instr(col("t"), lit('([a-z])([a-z])'), 2)) % F.nullif(F.when(col("c4").isNotNull(), col("i")).when((col("m") < lit(12.345).cast("decimal(5,3)")), lit(-1)).otherwise(col("i")), lit(0)))).drop("i", "j", "k", "d", "s", "t", "b", "ts")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, dt, c1 FROM rexpr_q ORDER BY c5 DESC NULLS FIRST, id DESC"]
