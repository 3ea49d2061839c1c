from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("((dt >= to_date('2024-02-29')) OR (id IS NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT radians(round(d)) AS k1, count_if((b AND (s IS NOT NULL))) AS a1, max(round(n)) AS a2, (max(i) - min(i)) AS a3, sum(m) AS a4 FROM src GROUP BY radians(round(d))")
OUTPUT_MODE = "complete"
