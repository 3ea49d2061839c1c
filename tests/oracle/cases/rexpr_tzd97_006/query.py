spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, m DECIMAL(7,0), d DOUBLE, i INT, k BIGINT, t STRING, s STRING, dt DATE").json(INPUT)
result = df.selectExpr("id", "(d - d) AS c1", "lpad(CASE WHEN false THEN s WHEN (t IS NULL) THEN s ELSE t END, 0, ' ') AS c2", "add_months(trunc(dt, 'YEAR'), 3) AS c3", "next_day(add_months(dt, i), 'wednesday') AS c4", "exp((atan2(CASE s WHEN 'é' THEN 3.75D ELSE 0.1D END, i) / nullif(d, 0))) AS c5")
OUTPUT_MODE = "append"
