from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("k") < lit(-2).cast("bigint"))).withColumn("s", expr("lcase(ltrim(s))")).withColumn("c2", expr("ascii(s)")).withColumn("c3", F.size(F.split(col("s"), "[aeiou]"))).withColumn("c4", expr("sqrt(10)")).select("id", "c2", "c3", "c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c3 ASC NULLS FIRST, id"]
