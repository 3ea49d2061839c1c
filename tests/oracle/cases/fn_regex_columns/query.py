df = spark.readStream.format("json").schema("s STRING, p STRING, r STRING, l INT, m STRING, d1 STRING, d2 STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select("s", "p", F.regexp_count("s", "p"), F.regexp_substr("s", "p"), F.regexp_instr("s", "p"),
                   F.regexp_extract_all("s", "p", 0), F.regexp_extract("s", "p", 0), F.regexp_replace("s", F.col("p"), F.col("r")),
                   F.regexp_replace("s", r"\d", "#", 3), F.regexp_replace("s", "p", "r", 2), F.split("s", F.col("p")),
                   F.split("s", F.col("p"), "l"), F.split("s", ",", F.col("l")),
                   F.str_to_map("m", "d1", "d2"), F.str_to_map("m", F.lit(","), "d2"),
                   F.expr("regexp_replace(s, p, '<$0>')"), F.expr("split(s, p, 2)"))
OUTPUT_MODE = "append"
