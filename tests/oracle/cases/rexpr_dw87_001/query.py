from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i").agg(F.min(col("i")).alias("a1"), (F.max(col("f")) - F.min(col("f"))).alias("a2"), expr("count(add_months(DATE'2023-12-31', i)) AS a3"), F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a4")).filter("a1 IS NOT NULL").orderBy("i")
OUTPUT_MODE = "complete"
ORDERED = True
