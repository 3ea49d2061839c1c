from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, i INT, d DOUBLE, dt DATE, j INT, ts TIMESTAMP, b BOOLEAN, n DECIMAL(5,3), m DECIMAL(10,2)").json(INPUT)
result = df.withColumn("c1", expr("nullif(coalesce(i, 7), 3)")).withColumn("c2", expr("regexp_replace('42', '[0-9]+', '#')")).withColumn("c3", col("ts").cast("double")).withColumn("d", F.sqrt(F.coalesce(col("c1"), lit(0)))).withColumn("c5", F.coalesce((F.add_months(col("dt"), col("i")) + expr("INTERVAL 1 DAY")), col("dt"), F.to_date(lit("2024-02-29")))).drop("s", "j", "b")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5, c2 FROM rexpr_q ORDER BY id"]
