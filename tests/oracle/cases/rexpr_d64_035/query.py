from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(4,1), dt DATE, j INT, s STRING, d DOUBLE, m DECIMAL(18,6), ts TIMESTAMP, i INT, b BOOLEAN, t STRING").json(INPUT)
result = df.groupBy("t").agg(expr("sum(CASE WHEN CAST(size(split('2024-02-29', ',')) AS BOOLEAN) THEN m ELSE 0 END) AS a1"), expr("(max(size(split(CAST(id AS STRING), '[aeiou]'))) - min(size(split(CAST(id AS STRING), '[aeiou]')))) AS a2"), expr("count_if((dt < ts)) AS a3"))
OUTPUT_MODE = "complete"
