spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("b").agg(F.bool_or(col("b")).alias("a1"), expr("bool_and(isnan(d)) AS a2"), expr("count_if(b) AS a3"))
OUTPUT_MODE = "update"
