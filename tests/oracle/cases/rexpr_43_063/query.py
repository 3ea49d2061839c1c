from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter(((col("n") / F.nullif(col("m"), lit(0))).isin(lit(-3.10).cast("decimal(3,2)"), expr("12.345")) | col("n").isNull())).createOrReplaceTempView("src")
result = spark.sql("SELECT (i - i) AS k1, round(avg((i % nullif(i, 0))), 3) AS a1, count_if((s IS NOT NULL)) AS a2, round(avg(datediff(dt, dt)), 3) AS a3 FROM src GROUP BY (i - i) HAVING count(*) >= 1")
OUTPUT_MODE = "update"
