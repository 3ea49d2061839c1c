from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(7,0), s STRING, k BIGINT, i INT, f FLOAT, t STRING, d DOUBLE, dt DATE, b BOOLEAN, ts TIMESTAMP").load(INPUT)
result = df.filter(col("id").isNotNull()).groupBy(expr("soundex(s) AS k1")).agg(F.round(F.avg(F.asinh(F.aggregate(F.split(F.date_format(col("ts"), "yyyy-MM-dd HH:mm:ss.SSSSSS"), " "), lit(0), lambda acc, x: acc + F.length(x)))), 3).alias("a1"), expr("avg(f) AS a2"))
OUTPUT_MODE = "update"
