from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT format_number(id, 0) AS k1, round(avg(nullif(i, 5)), 0) AS a1, avg(99.99) AS a2 FROM src GROUP BY format_number(id, 0)")
OUTPUT_MODE = "complete"
