spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(s LIKE '_')").alias("c1"), expr("date_add(add_months((dt - INTERVAL '1-1' YEAR TO MONTH), year(dt)), i)").alias("c2"), F.try_multiply(col("i"), col("j")).alias("c3"), expr("dateadd(trunc((last_day(dt) + INTERVAL 1 MONTH), 'mon'), try_multiply(j, j)) AS c4"))
OUTPUT_MODE = "append"
