from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, i INT, dt DATE, m DECIMAL(12,4), d DOUBLE, n DECIMAL(9,5), ts TIMESTAMP, s STRING").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT b, round(avg(i), 0) AS a1, (max(d) - min(d)) AS a2 FROM src GROUP BY b HAVING count(*) >= 1")
OUTPUT_MODE = "update"
