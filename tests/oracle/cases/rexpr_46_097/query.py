from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, m DECIMAL(12,4), d DOUBLE, t STRING, j INT, ts TIMESTAMP, dt DATE, s STRING, i INT").load(INPUT)
df.where("((d <> 0.5D) OR (dt < to_date('2000-01-01')))").createOrReplaceTempView("src")
result = spark.sql("SELECT least('Hello', greatest(s, s)) AS k1, datediff(max(trunc(dt, 'WEEK')), min(trunc(dt, 'WEEK'))) AS a1, sum(d) AS a2, (max(length(rpad(translate(s, 'abc', ''), 0, 'é'))) - min(length(rpad(translate(s, 'abc', ''), 0, 'é')))) AS a3 FROM src GROUP BY least('Hello', greatest(s, s))")
OUTPUT_MODE = "complete"
