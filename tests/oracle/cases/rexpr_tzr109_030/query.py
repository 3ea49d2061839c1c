spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((expr("(s COLLATE UTF8_BINARY = 'Hello World')") | (col("dt") >= F.to_date(lit("2000-01-01"))))).groupBy(expr("5 AS k1")).agg(expr("min(nvl2(ts, s, '日本')) AS a1"), F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a2"), F.round(F.avg(F.log(col("d"))), 3).alias("a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
