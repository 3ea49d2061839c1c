from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("d AS k1")).agg(F.count(F.coalesce(col("dt"), F.to_date(lit("2024-02-29")))).alias("a1"), expr("count_if(((ts <> TIMESTAMP'2024-03-01 12:30:00.123456') OR (' ' = s))) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
