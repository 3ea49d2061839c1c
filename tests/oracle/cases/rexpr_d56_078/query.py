from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.locate("o", col("s")).cast("boolean")).withColumn("c2", expr("CAST(k AS BOOLEAN)")).drop("k", "d", "m", "s", "dt")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT n FROM rexpr_q ORDER BY i ASC NULLS FIRST, id DESC"]
