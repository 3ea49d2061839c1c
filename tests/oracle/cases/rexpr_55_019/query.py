from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("(ts < TIMESTAMP'2024-03-01 12:30:00.123456')"), expr("(CASE WHEN (n < TRY_CAST(i AS DECIMAL(10,4))) THEN t WHEN isnan(try_divide(d, i)) THEN '42' WHEN ((i IS NOT NULL) AND (m < 99.99)) THEN 'x-y' ELSE t END LIKE 'a%') AS c2"), expr("(repeat(format_string('%d%%', day(dt)), 2) BETWEEN 'x-y' AND 'x-y')").alias("c3"), expr("(d = id) AS c4"), F.from_unixtime(col("i")).alias("c5")).filter("((dt IS NULL) OR (m IS NOT NULL))")
OUTPUT_MODE = "append"
