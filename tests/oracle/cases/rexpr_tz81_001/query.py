spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, i INT, b BOOLEAN, d DOUBLE, j INT, dt DATE, ts TIMESTAMP, m DECIMAL(38,10), n DECIMAL(4,1), s STRING").load(INPUT)
result = df.groupBy("dt").agg((F.max(col("d")) - F.min(col("d"))).alias("a1"), F.min((col("dt") + expr("INTERVAL -10 DAYS"))).alias("a2"), F.count(col("id")).alias("a3"), F.datediff(F.max((F.nullif(col("dt"), F.to_date(lit("2024-02-29"))) + expr("INTERVAL '1-1' YEAR TO MONTH"))), F.min((F.nullif(col("dt"), F.to_date(lit("2024-02-29"))) + expr("INTERVAL '1-1' YEAR TO MONTH")))).alias("a4")).orderBy(col("a1").desc(), col("dt").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
