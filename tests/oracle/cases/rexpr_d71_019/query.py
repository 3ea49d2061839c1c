from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, s STRING, n DECIMAL(9,5), m DECIMAL(12,4), i INT, ts TIMESTAMP, j INT, d DOUBLE").json(INPUT)
df.where("(contains(s, 'é') OR (i IS NOT NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT quarter(date_add(dt, i)) AS k1, (max(try_add((n / nullif(m, 0)), m)) - min(try_add((n / nullif(m, 0)), m))) AS a1, min(date_add(dt, i)) AS a2 FROM src GROUP BY 1 HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
