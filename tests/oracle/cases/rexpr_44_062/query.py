from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, k BIGINT, b BOOLEAN, m DECIMAL(7,0), j INT, i INT, n DECIMAL(4,1), ts TIMESTAMP, d DOUBLE, s STRING, dt DATE").json(INPUT)
result = df.withColumn("c1", F.sqrt(col("d"))).withColumn("c2", F.ltrim(F.array_join(F.split(col("s"), "[aeiou]"), "/"))).drop("b", "m", "i", "ts", "d", "s", "dt")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT j, k FROM rexpr_q ORDER BY j ASC NULLS LAST, id DESC"]
