from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce(xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7'), true)").withColumn("c1", (col("id") + col("i"))).withColumn("c2", F.map_concat(F.create_map(lit(1), F.schema_of_csv(lit('1,abc,2.5,true'))), F.create_map(lit(2), F.right(col("s"), lit(1))))).withColumn("c3", expr("(m + 0)")).withColumn("c4", (col("id") / F.nullif(col("d"), lit(0)))).withColumn("c5", expr("coalesce(ts, TIMESTAMP'2024-02-29 00:00:00')")).select("id", "c1", "c2", "c3", "c4", "c5").filter(F.coalesce(((col("c5") >= F.to_timestamp(lit("1999-12-31 23:59:59.999"))) | lit("abc").endswith("é")), lit(True)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c5, c3 FROM rexpr_q ORDER BY c5 ASC NULLS FIRST, id DESC"]
