spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce(map_contains_key(map(i, 'a', 3, 'b'), 3), true)").select("id", expr("explode_outer(split(CASE WHEN false THEN s WHEN (m IS NOT NULL) THEN t END, ' '))"), expr("map_entries(map(i, date_format(dt, 'MMM d, yyyy')))").alias("c2"), F.shiftrightunsigned(F.locate("o", col("t"), 2).cast('bigint'), 1).alias("c3"), (F.when((col("n") == lit(100).cast("decimal(3,0)")), col("d")).otherwise(col("d")) - col("n")).alias("c4"), (F.json_array_length(F.to_json(F.array(col("i"), col("i")))) - F.pmod(col("id"), F.nullif(col("i"), lit(0)))).alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c4 FROM rexpr_q ORDER BY c3 DESC NULLS FIRST, id DESC"]
