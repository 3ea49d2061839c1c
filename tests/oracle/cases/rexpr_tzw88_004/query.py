spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("((id IS NOT NULL) <> b) AS k1")).agg(F.count_if(F.endswith(col("s"), lit("o"))).alias("a1"), F.max(F.add_months(F.date_sub(F.to_date(lit("2023-12-31")), col("i")), (col("i") - col("i")))).alias("a2"), expr("sum(f) AS a3"))
OUTPUT_MODE = "update"
