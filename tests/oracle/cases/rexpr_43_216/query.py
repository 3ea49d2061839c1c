from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, dt DATE, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), j INT, f FLOAT, b BOOLEAN, ts TIMESTAMP, i INT").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, round(avg(0.5D), 2) AS a1, sum((i + -2L)) AS a2, round(avg(sign(d)), 3) AS a3, count_if((d <> 0.001D)) AS a4 FROM src GROUP BY s")
OUTPUT_MODE = "update"
