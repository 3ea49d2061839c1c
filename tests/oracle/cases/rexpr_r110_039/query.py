from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(F.coalesce(F.map_contains_key(F.create_map(lit(10), lit('a'), lit(3), lit('b')), 3), lit(True))).withColumn("c1", expr("position('o', CAST(unbase64(base64(CAST(to_utc_timestamp(ts, 'America/New_York') AS STRING))) AS STRING))")).withColumn("c2", expr("(0.001 * m)")).withColumn("c3", F.when(col("b"), col("d")).when(col("b"), col("d")).when(col("b"), col("d")).otherwise(lit(0.1))).withColumn("c4", (-(F.nullif(lit(-2).cast("bigint"), lit(3).cast("bigint")) - col("d")))).withColumn("b", expr("(hex(to_binary('', 'utf-8')) IS NOT NULL)")).select("id", "c1", "c2", "c3", "c4").where("(((c4 > c2) IS NOT NULL) OR (c3 <> 0.5D))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
