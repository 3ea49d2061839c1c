from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("coalesce((dt <= to_date('2025-03-01')), true)").createOrReplaceTempView("src")
result = spark.sql("SELECT j, add_months(dt, i) AS k2, sum(n) AS a1, count_if(((m / nullif(m, 0)) BETWEEN 0.5 AND 0.5)) AS a2 FROM src GROUP BY j, add_months(dt, i)")
OUTPUT_MODE = "complete"
