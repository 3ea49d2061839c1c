from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, i INT, b BOOLEAN, dt DATE, ts TIMESTAMP, d DOUBLE, t STRING, m DECIMAL(18,6), n DECIMAL(5,3)").json(INPUT)
result = df.filter("(coalesce((m <> -3.10), (s ILIKE '%o%'), true) OR (i IS NOT NULL))").withColumn("c1", F.make_date(F.year(col("dt")), lit(2), lit(30))).withColumn("c2", expr("(n / nullif((n % 3.5), 0))")).withColumn("c3", expr("coalesce(m, 100BD)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
