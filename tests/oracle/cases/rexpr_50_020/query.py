from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((ts <= DATE'2000-01-01') OR (s IS NULL))").withColumn("b", (col("m") * (-col("n"))).isNotNull()).withColumn("c2", F.when(col("b"), col("m")).otherwise(col("m"))).withColumn("d", expr("d")).withColumn("c4", expr("CAST(contains(trim(nvl2(m, s, CAST(NULL AS STRING))), ' ') AS STRING)")).select("id", "c2", "c4").where("(id >= 86400L)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id"]
