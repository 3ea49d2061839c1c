spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((nullif(concat(s, s), ' ') ILIKE '% %') OR (1.25 IS NULL))").select("id", expr("CAST(date_add(make_date(2024, 12, 28), CASE WHEN b THEN i WHEN (s IS NOT NULL) THEN i WHEN b THEN i ELSE i END) AS TIMESTAMP) AS c1"), expr("atan2(j, d) AS c2")).filter("(c2 <= 3.75D)")
OUTPUT_MODE = "append"
