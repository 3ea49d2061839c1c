spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("ascii(char(i)) AS k1"), expr("shiftrightunsigned(i, 28) AS k2")).agg(expr("round(avg(nullif(d, 0.001D)), 2) AS a1"), F.round(F.avg(col("d")), 2).alias("a2"))
OUTPUT_MODE = "update"
