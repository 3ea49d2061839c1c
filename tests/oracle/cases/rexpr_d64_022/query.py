from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.try_subtract(col("n"), F.least(col("m"), col("m"))).alias("c1"), F.log(10.0, col("j")), F.forall(F.split(col("t"), " "), lambda x: x == lit("Hello")).alias("c3"), expr("((d / nullif(d, 0)) = 1000L) AS c4"))
OUTPUT_MODE = "append"
