from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(i IS NOT NULL)").groupBy(expr("(ts IS NOT NULL) AS k1")).agg(expr("max(i) AS a1"), F.max(col("s")).alias("a2"), F.min(col("dt")).alias("a3"))
OUTPUT_MODE = "update"
