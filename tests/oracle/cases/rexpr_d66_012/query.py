from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, m DECIMAL(10,2), d DOUBLE, dt DATE, ts TIMESTAMP, b BOOLEAN, i INT").json(INPUT)
result = df.filter(col("dt").isNotNull()).groupBy(expr("CAST(b AS INT) AS k1"), F.ascii(col("s")).alias("k2")).agg(expr("avg(round((round(m, 2) * (m / nullif(m, 0))), 1)) AS a1"), F.count(col("s")).alias("a2"))
OUTPUT_MODE = "update"
