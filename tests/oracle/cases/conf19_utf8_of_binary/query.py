from pyspark.sql import functions as F
from pyspark.sql.functions import col, expr
df = spark.readStream.schema("h STRING, n INT").json(INPUT)
result = df.select("n", F.is_valid_utf8(F.unhex("h")), expr("make_valid_utf8(unhex(h)) AS mv"), expr("try_validate_utf8(unhex(h)) AS tv"),
    F.is_valid_utf8(col("h")).alias("sv"), expr("hex(encode(make_valid_utf8(unhex(h)), 'utf-8')) AS hx"))
OUTPUT_MODE = "append"
