spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(dt IS NOT NULL)").groupBy(F.aggregate(F.split(col("t"), " "), lit(0), lambda acc, x: acc + F.length(x)).alias("k1")).agg(expr("(max((m - i)) - min((m - i))) AS a1"), expr("sum((id % nullif(CASE WHEN (s < '2024-02-29') THEN 0 WHEN (ts IS NOT NULL) THEN i WHEN b THEN i ELSE i END, 0))) AS a2"), expr("round(avg(coalesce(d, -1.5D)), 2) AS a3"))
OUTPUT_MODE = "update"
