from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("b").agg(expr("(max(sqrt(greatest(-1.5D, d))) - min(sqrt(greatest(-1.5D, d)))) AS a1"), F.min(F.size(F.split(F.concat_ws("|", col("t"), col("t")), "  *"))).alias("a2"), expr("(max(i) - min(i)) AS a3"), F.datediff(F.max(F.to_date(lit("2023-12-31"))), F.min(F.to_date(lit("2023-12-31")))).alias("a4")).orderBy("b")
OUTPUT_MODE = "complete"
ORDERED = True
