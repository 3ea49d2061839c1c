spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, b BOOLEAN, n DECIMAL(5,3), j INT, ts TIMESTAMP, i INT, f FLOAT, dt DATE, s STRING, m DECIMAL(10,2)").json(INPUT)
result = df.selectExpr("id", "signum(f) AS c1", "date_sub(dateadd(trunc(nvl2(d, dt, DATE'2023-12-31'), 'WEEK'), -1), i) AS c2", "if((n BETWEEN -3.10 AND 99.99), (dt + INTERVAL 1 MONTH), DATE'2000-01-01') AS c3").filter("(c3 IS NOT NULL)")
OUTPUT_MODE = "append"
