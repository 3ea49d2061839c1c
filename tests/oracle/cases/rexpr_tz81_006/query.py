spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i").agg(expr("sum(CASE WHEN (i <> 0.5) THEN (i % nullif(i, 0)) ELSE 0 END) AS a1"), F.round(F.avg(F.when(col("s").isNotNull(), col("n")).otherwise(expr("99.99"))), 2).alias("a2"), F.max(F.next_day(col("dt"), "Funday")).alias("a3")).orderBy("i")
OUTPUT_MODE = "complete"
ORDERED = True
