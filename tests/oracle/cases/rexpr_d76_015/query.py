from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(10,2), d DOUBLE, ts TIMESTAMP, i INT, n DECIMAL(20,0), j INT, dt DATE, s STRING, t STRING, b BOOLEAN").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT forall(split(regexp_extract(s, '([0-9]+)', 1), ' '), x -> x = 'b') AS k1, round(avg(if((n IS NOT NULL), i, i)), 3) AS a1, count(pmod(m, 7.5)) AS a2, sum(CASE WHEN regexp_like(CAST(id AS STRING), '[aeiou]{2}') THEN i ELSE 0 END) AS a3 FROM src GROUP BY forall(split(regexp_extract(s, '([0-9]+)', 1), ' '), x -> x = 'b')")
OUTPUT_MODE = "update"
