from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(id IS NOT NULL)").withColumn("c1", (F.ifnull((col("ts") + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")), F.to_timestamp(lit("1999-12-31 23:59:59.999"))) + expr("INTERVAL '1-2' YEAR TO MONTH"))).withColumn("c2", expr("CAST((100BD + f) AS STRING)")).withColumn("c3", expr("(unix_timestamp(dt) IS NOT NULL)")).drop("j", "f", "m", "n", "s", "b", "dt", "ts")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, d FROM rexpr_q ORDER BY i DESC NULLS LAST, id DESC"]
