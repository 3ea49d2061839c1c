from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.where((col("i").cast("boolean") | (col("i") > lit(5)))).createOrReplaceTempView("src")
result = spark.sql("SELECT least(s, s, s) AS k1, min(m) AS a1, max(d) AS a2, round(avg(i), 0) AS a3 FROM src GROUP BY least(s, s, s) HAVING count(*) >= 1")
OUTPUT_MODE = "update"
