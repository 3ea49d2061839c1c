from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("b") | (col("t") > lit(" "))) | (col("m") != lit(12.345).cast("decimal(5,3)")))).withColumn("c1", expr("greatest(i, j, -1)")).withColumn("c2", F.add_months(col("dt"), col("i"))).where("((abs(i) <=> (id + id)) OR (dt < to_date('2025-03-01')))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT t FROM rexpr_q ORDER BY id DESC"]
