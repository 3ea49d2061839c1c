from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1] AS k1, (max(greatest(-3.10, m, m)) - min(greatest(-3.10, m, m))) AS a1, min_by(dt, pi() * i) AS a2 FROM src GROUP BY k1 HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
